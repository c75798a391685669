package org.tracemark.store.gate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** max(id) + 1 of a gate table; callers write inside a vault transaction, which holds the write lock. */
final class Ids {
  private Ids() {}

  static long next(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
