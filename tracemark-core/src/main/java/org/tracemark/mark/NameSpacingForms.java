package org.tracemark.mark;

import java.util.OptionalInt;

/**
 * 张伟 / "张伟 " / "张伟　": the name as is, followed by one ASCII space, or by one ideographic space (U+3000).
 *
 * <p>The name itself never changes, and trailing blanks are invisible in every spreadsheet and chat view. This mark
 * matters because the name column survives when a seller cuts a list down to name and mobile. It is fragile by
 * nature: any trim (a seller's clean-up, a CSV reader that trims, copy-paste through some apps) makes every cell read
 * as variant 0 — diluting the leaker's evidence, never accusing an innocent. Survives CSV↔XLSX (Excel keeps text
 * cells verbatim) and GBK (U+3000 is GBK A1A1). The tracer must therefore receive raw, untrimmed name cells.
 */
final class NameSpacingForms implements VariantSet {
  private static final String[] SUFFIXES = {"", " ", "\u3000"};

  @Override
  public int size() {
    return SUFFIXES.length;
  }

  @Override
  public String render(OwnerValues truth, int variant) {
    return truth.name() + SUFFIXES[variant];
  }

  @Override
  public OptionalInt read(OwnerValues truth, String observed) {
    if (observed == null || truth.name().isEmpty()) {
      return OptionalInt.empty();
    }
    String body = observed.stripTrailing();
    if (!body.stripLeading().equals(truth.name())) {
      return OptionalInt.empty();
    }
    String tail = observed.substring(body.length());
    for (int v = 0; v < SUFFIXES.length; v++) {
      if (SUFFIXES[v].equals(tail)) {
        return OptionalInt.of(v);
      }
    }
    return OptionalInt.empty();
  }
}
