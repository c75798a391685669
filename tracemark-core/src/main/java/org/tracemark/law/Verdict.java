package org.tracemark.law;

/** The severity Article 5 assigns; names are part of the JSON contract. Ordered from least to most severe. */
public enum Verdict {
  NOT_SERIOUS("未达到“情节严重”"),
  SERIOUS("情节严重"),
  ESPECIALLY_SERIOUS("情节特别严重");

  private final String chinese;

  Verdict(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }
}
