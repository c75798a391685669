package org.tracemark.store.gate;

import java.util.Map;
import java.util.Objects;

/**
 * One SMS to send: the mobile (11 digits), the full text, and the template parameters a gateway that works with
 * approved templates needs (Chinese SMS gateways send only pre-approved templates). Holds a phone number and a code
 * in plaintext: {@link #toString()} shows neither, and nothing logs it.
 *
 * @param to the destination, 11 digits
 * @param text the message as the handset shows it
 * @param template the gateway template name
 * @param params the template's parameters ({@code code}, {@code minutes}, {@code group})
 */
public record SmsMessage(String to, String text, String template, Map<String, String> params) {
  public SmsMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(template, "template");
    params = Map.copyOf(params);
  }

  @Override
  public String toString() {
    return "SmsMessage[template=" + template + "]";
  }
}
