package org.tracemark.store.release;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tracemark.mark.OwnerValues;
import org.tracemark.store.db.TextColumns;

/**
 * The plaintext part of an owner record — where the flat is, its area and dates — which is all that selection
 * ({@code --where}), allocation and canary placement need. Reading it decrypts nothing, so a release decrypts only
 * the records it actually sends.
 */
record Location(long id, String community, String building, String unit, String floor, String room, String floorArea,
    String purchaseDate, String handoverDate) {

  /** Every record of a community, by id. */
  static List<Location> of(Connection c, String community) throws SQLException {
    List<Location> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.building, r.unit, r.floor, r.room, r.floor_area, "
        + "r.purchase_date, r.handover_date FROM owner_record r JOIN community k ON k.id = r.community_id "
        + "WHERE k.name = ? ORDER BY r.id")) {
      ps.setString(1, community);
      TextColumns text = TextColumns.of(c);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Location(rs.getLong(1), community, text.get(rs, 2), text.get(rs, 3), text.get(rs, 4),
              text.get(rs, 5), text.get(rs, 6), text.get(rs, 7), text.get(rs, 8)));
        }
      }
    }
    return out;
  }

  /** The flat as layout input (no name or contact: layout needs none), or empty if a field is not structured. */
  Optional<OwnerValues> layoutValues() {
    try {
      return Optional.of(new OwnerValues(community, Integer.parseInt(building), Integer.parseInt(unit),
          Integer.parseInt(floor), room, "", "", "", new BigDecimal(floorArea), VaultValues.date(purchaseDate),
          VaultValues.date(handoverDate)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
