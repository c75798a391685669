package org.tracemark.cli.vault;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tracemark.cli.Json;
import org.tracemark.report.vault.OwnerJson;
import org.tracemark.store.vault.OwnerRecord;

/** Prints owner records as JSON ({@code docs/cli-json.md}, "owners") or as a table for people. */
final class OwnerOutput {
  private OwnerOutput() {}

  static void print(List<OwnerRecord> records, boolean masked, boolean json) {
    if (json) {
      Json.print(OwnerJson.of(records, masked));
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
