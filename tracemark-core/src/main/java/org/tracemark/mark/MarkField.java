package org.tracemark.mark;

/**
 * The fields that carry a keyed mark, each with its variant set and its column in
 * {@link org.tracemark.synth.SyntheticOwner#HEADERS} order (小区名称,楼栋,单元,楼层,房号,业主姓名,联系电话,身份证号,建筑面积,购房日期,交房日期).
 *
 * <p>ID numbers and the community name carry no mark, and names only an invisible trailing blank
 * ({@link #NAME_SPACING}): a recipient needs them exactly. The ordinal selects the
 * PRF output bytes of the field, so constants are only ever appended, never reordered, or old releases would no
 * longer verify.
 */
public enum MarkField {
  BUILDING(1, new BuildingForms()),
  UNIT(2, new UnitForms()),
  FLOOR(3, new FloorForms()),
  ROOM(4, new RoomForms()),
  MOBILE(6, new PhoneForms()),
  FLOOR_AREA(8, new FloorAreaForms()),
  PURCHASE_DATE(9, new DateForms(OwnerValues::purchaseDate)),
  HANDOVER_DATE(10, new DateForms(OwnerValues::handoverDate)),
  NAME_SPACING(5, new NameSpacingForms());

  /** PRF bytes per field: two, so that choosing among k variants is biased by at most 1/65536. */
  static final int BYTES_PER_FIELD = 2;

  private final int column;
  private final VariantSet variants;

  MarkField(int column, VariantSet variants) {
    this.column = column;
    this.variants = variants;
  }

  /** Index of this field's cell in a rendered row. */
  public int column() {
    return column;
  }

  public VariantSet variants() {
    return variants;
  }

  /**
   * The largest probability with which the keyed choice picks any one variant: ⌈65536/k⌉/65536, i.e. 1/k plus at
   * most 1/65536. This, not 1/k, is the innocent match probability the trace bound uses.
   */
  public double maxChoiceProbability() {
    int k = variants.size();
    return Math.ceil(65536.0 / k) / 65536.0;
  }

  /** Reads which variant {@code observed} shows for {@code truth}; -1 when not readable. */
  public int read(OwnerValues truth, String observed) {
    return variants.read(truth, observed).orElse(-1);
  }
}
