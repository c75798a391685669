package org.tracemark.server.owners;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tracemark.server.http.Json;
import org.tracemark.store.vault.OwnerRecord;

/** The owners document of docs/cli-json.md ("owners list|show|find --json"), field for field. */
public final class OwnerJson {
  private OwnerJson() {}

  public static ObjectNode of(List<OwnerRecord> records, boolean masked) {
    ObjectNode out = Json.object().put("masked", masked).put("count", records.size());
    ArrayNode array = out.putArray("records");
    for (OwnerRecord r : records) {
      ObjectNode o = array.addObject()
          .put("id", r.id())
          .put("community", r.community())
          .put("building", r.building())
          .put("unit", r.unit())
          .put("floor", r.floor())
          .put("room", r.room())
          .put("name", r.name())
          .put("mobile", r.mobile());
      if (r.idNumber().isPresent()) {
        o.put("id_number", r.idNumber().get());
      } else {
        o.putNull("id_number");
      }
      o.put("floor_area", r.floorArea())
          .put("purchase_date", r.purchaseDate())
          .put("handover_date", r.handoverDate());
      ObjectNode extra = o.putObject("extra");
      r.extra().forEach(extra::put);
    }
    return out;
  }
}
