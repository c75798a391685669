package org.tracemark.law;

import java.util.Objects;

/**
 * One provision of Article 5 and whether the assessed facts meet it.
 *
 * @param article machine id: {@code 5.1(3)} is Article 5, first paragraph, item (3); {@code 5.2(3)} is the second
 *     paragraph's item (3)
 * @param text the provision's Chinese text
 * @param assessed false for provisions the tool cannot judge from a data set (use in crime, harm caused, "other
 *     circumstances"); their {@code met} is always false and means "not assessed", not "not met"
 * @param met whether the facts meet the provision
 * @param detail the figures compared, in Chinese (empty for provisions not assessed)
 */
public record Ground(String article, String text, boolean assessed, boolean met, String detail) {
  public Ground {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(detail, "detail");
    if (met && !assessed) {
      throw new IllegalArgumentException("a provision not assessed cannot be met: " + article);
    }
  }
}
