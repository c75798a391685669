package org.tracemark.cli.vault;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tracemark.cli.Json;
import org.tracemark.store.vault.OwnerRecord;

/** Prints owner records as JSON ({@code docs/cli-json.md}, "owners") or as a table for people. */
final class OwnerOutput {
  private OwnerOutput() {}

  static void print(List<OwnerRecord> records, boolean masked, boolean json) {
    if (json) {
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
      Json.print(out);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("编号\t小区\t楼栋\t单元\t楼层\t房号\t姓名\t手机\t身份证号\t面积");
    for (OwnerRecord r : records) {
      out.println(String.join("\t", Long.toString(r.id()), r.community(), r.building(), r.unit(), r.floor(),
          r.room(), r.name(), r.mobile(), r.idNumber().orElse(""), r.floorArea()));
    }
    System.err.println(records.size() + " 条记录 / records" + (masked ? "（已遮蔽 / masked）" : "（明文，已记入审计 / unmasked, audited）"));
  }
}
