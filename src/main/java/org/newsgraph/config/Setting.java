package org.newsgraph.config;

import java.util.List;
import java.util.function.Function;

/**
 * One configuration key: its name, its default beside it, what it means, and how a value is
 * checked. The options table in docs/options.md is generated from these.
 *
 * @param key        the property name, e.g. {@code output.dir}
 * @param defaultValue the default as text ("" means no default: the setting is required or empty)
 * @param allowed    a human description of allowed values, used in error messages and docs
 * @param description what the setting does
 * @param parser     turns the text into a value, throwing IllegalArgumentException with a reason
 */
public record Setting<T>(String key, String defaultValue, String allowed, String description,
                         Function<String, T> parser) {

  /** Parses {@code raw}; a failure names the setting and the allowed values. */
  public T parse(String raw) {
    try {
      return parser.apply(raw == null ? "" : raw.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("setting '" + key + "' has the value '" + raw + "': "
          + e.getMessage() + " (allowed: " + allowed + ")");
    }
  }

  static Function<String, String> text() {
    return s -> s;
  }

  static Function<String, String> nonEmpty() {
    return s -> {
      if (s.isEmpty()) {
        throw new IllegalArgumentException("it must not be empty");
      }
      return s;
    };
  }

  static Function<String, Integer> intAtLeast(int min) {
    return s -> {
      int v;
      try {
        v = Integer.parseInt(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a whole number");
      }
      if (v < min) {
        throw new IllegalArgumentException("it must be at least " + min);
      }
      return v;
    };
  }

  static Function<String, Double> doubleAtLeast(double min) {
    return s -> {
      double v;
      try {
        v = Double.parseDouble(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number");
      }
      if (!(v >= min)) {
        throw new IllegalArgumentException("it must be at least " + min);
      }
      return v;
    };
  }

  static Function<String, Double> doubleBetween(double min, double max) {
    return s -> {
      double v = doubleAtLeast(min).apply(s);
      if (v > max) {
        throw new IllegalArgumentException("it must be at most " + max);
      }
      return v;
    };
  }

  static Function<String, Boolean> bool() {
    return s -> {
      if (s.equalsIgnoreCase("true")) {
        return true;
      }
      if (s.equalsIgnoreCase("false")) {
        return false;
      }
      throw new IllegalArgumentException("not true or false");
    };
  }

  static Function<String, List<String>> list() {
    return s -> s.isEmpty() ? List.of()
        : java.util.Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }

  static Function<String, List<String>> listOf(List<String> choices, boolean allowEmpty) {
    return s -> {
      List<String> values = list().apply(s);
      if (values.isEmpty() && !allowEmpty) {
        throw new IllegalArgumentException("at least one value is needed");
      }
      for (String v : values) {
        if (!choices.contains(v)) {
          throw new IllegalArgumentException("'" + v + "' is not one of " + choices);
        }
      }
      return values;
    };
  }

  static Function<String, String> oneOf(List<String> choices) {
    return s -> {
      if (!choices.contains(s)) {
        throw new IllegalArgumentException("'" + s + "' is not one of " + choices);
      }
      return s;
    };
  }
}
