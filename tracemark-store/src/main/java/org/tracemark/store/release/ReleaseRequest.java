package org.tracemark.store.release;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tracemark.io.write.TableFormat;
import org.tracemark.mark.MarkPolicy;

/**
 * What a steward asks to send out.
 *
 * @param recipient the recipient's name (must be registered)
 * @param community the community (小区) whose records go out
 * @param where the {@link RowFilter} text, if any
 * @param fields release column ids ({@link VaultValues#FIELD_IDS}); empty for all
 * @param rows at most this many records, allocated to overlap earlier releases as little as possible; empty for all
 * @param format csv or xlsx (any table format the io writers know)
 * @param charset text encoding of a CSV
 * @param out the file to write
 * @param policy which marks and how many canaries
 */
public record ReleaseRequest(String recipient, String community, Optional<String> where, List<String> fields,
    Optional<Integer> rows, TableFormat format, Charset charset, Path out, MarkPolicy policy) {
  public ReleaseRequest {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(community, "community");
    fields = List.copyOf(fields);
    for (String f : fields) {
      if (!VaultValues.FIELD_IDS.contains(f)) {
        throw new IllegalArgumentException("--fields: unknown field '" + f + "' (one of "
            + String.join(",", VaultValues.FIELD_IDS) + ")");
      }
    }
    if (rows.isPresent() && rows.get() < 1) {
      throw new IllegalArgumentException("--rows must be at least 1");
    }
    Objects.requireNonNull(out, "out");
  }

  /** Column indexes to write, in release order. */
  int[] columns() {
    List<String> chosen = fields.isEmpty() ? VaultValues.FIELD_IDS : fields;
    return chosen.stream().mapToInt(VaultValues.FIELD_IDS::indexOf).toArray();
  }
}
