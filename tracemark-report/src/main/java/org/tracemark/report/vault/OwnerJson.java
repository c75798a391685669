package org.tracemark.report.vault;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tracemark.report.ReportJson;
import org.tracemark.store.vault.OwnerRecord;

/**
 * The owners document of docs/cli-json.md ({@code owners list|show|find --json}), written by the CLI and served by
 * the console's API. The records arrive masked or unmasked as the caller was allowed; this class only lays them out.
 */
public final class OwnerJson {
  private OwnerJson() {}

  public static ObjectNode of(List<OwnerRecord> records, boolean masked) {
    ObjectNode out = ReportJson.object().put("masked", masked).put("count", records.size());
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
      o.put("id_number", r.idNumber().orElse(null));
      o.put("floor_area", r.floorArea())
          .put("purchase_date", r.purchaseDate())
          .put("handover_date", r.handoverDate());
      ObjectNode extra = o.putObject("extra");
      r.extra().forEach(extra::put);
    }
    return out;
  }
}
