package org.tracemark.pii.internal;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An immutable attribute map computed on first read. Attributes (carrier, city, birth date, region) are shown only
 * with findings, while a scan of a large table mostly counts: deriving them for every one of millions of findings
 * cost more CPU than detecting them. Equality, hash code and iteration order are those of the computed map, so a
 * lazy map is interchangeable with an eager one.
 *
 * <p>Thread-safe: the supplier runs at most once, under the map's lock (double-checked through a volatile field),
 * and the published map is immutable. The supplier must not depend on mutable state.
 */
public final class LazyAttributes extends AbstractMap<String, String> {
  private Supplier<Map<String, String>> supplier;
  private volatile Map<String, String> value;

  private LazyAttributes(Supplier<Map<String, String>> supplier) {
    this.supplier = supplier;
  }

  /** A map whose content is {@code Map.copyOf(supplier.get())}, computed when first read. */
  public static Map<String, String> of(Supplier<Map<String, String>> supplier) {
    return new LazyAttributes(supplier);
  }

  private Map<String, String> map() {
    Map<String, String> m = value;
    if (m == null) {
      synchronized (this) {
        m = value;
        if (m == null) {
          m = Map.copyOf(supplier.get());
          value = m;
          supplier = null;
        }
      }
    }
    return m;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return map().entrySet();
  }

  @Override
  public String get(Object key) {
    return map().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return map().containsKey(key);
  }

  @Override
  public int size() {
    return map().size();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || map().equals(o);
  }

  @Override
  public int hashCode() {
    return map().hashCode();
  }

  @Override
  public String toString() {
    // Attributes never hold the raw value (Finding's contract), but stay out of logs all the same.
    return "LazyAttributes[" + (value == null ? "not computed" : value.size() + " keys") + "]";
  }
}
