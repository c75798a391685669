package org.tracemark.spark.trace;

/**
 * The layout of an exported blind index ({@code tracemark-spark export-index --out DIR}): Parquet tables a Spark
 * trace joins leaked rows against, with no plaintext personal data — every personal value is a 16-byte keyed token
 * (the vault's blind-index PRF; mobile, resident ID, and the flat's building|unit|room as kind {@code flat}).
 *
 * <ul>
 *   <li>{@value #BLIND_INDEX}: the vault's blind-index table as is — kind ({@code mobile}, {@code id_number}),
 *       token, record_id;</li>
 *   <li>{@value #FLATS}: token of each record's flat, record_id, community_id;</li>
 *   <li>{@value #CANARIES}: release_id, canary_id, trap_token (the trap mobile's token, null when none),
 *       flat_token;</li>
 *   <li>{@value #RELEASES}: the release manifests — release_id, recipient, released_at (epoch ms), key_id, policy,
 *       record count, canary count, and record_ids as a portable RoaringBitmap;</li>
 *   <li>{@value #META}: when, from which vault state and with which blind-index key the export was made.</li>
 * </ul>
 */
public final class IndexExport {
  public static final String BLIND_INDEX = "blind_index";
  public static final String FLATS = "flats";
  public static final String CANARIES = "canaries";
  public static final String RELEASES = "releases";
  public static final String META = "export.json";
  /** The blind-index kind of a flat's natural key, {@code building|unit|room}. */
  public static final String FLAT_KIND = "flat";

  private IndexExport() {}
}
