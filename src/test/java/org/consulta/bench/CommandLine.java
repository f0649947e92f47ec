package org.consulta.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's command line: {@code --name value} pairs and bare flags, each name one its usage
 * lists, so that a mistyped option stops the run instead of being ignored.
 */
final class CommandLine {
  private final Map<String, String> values = new HashMap<>();
  private final String usage;

  CommandLine(String[] args, Set<String> names, String usage) {
    this(args, names, Set.of(), usage);
  }

  /**
   * @param flags the options that take no value
   */
  CommandLine(String[] args, Set<String> names, Set<String> flags, String usage) {
    this.usage = usage;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (flags.contains(name)) {
        values.put(name, "true");
        continue;
      }
      if (!names.contains(name)) {
        throw problem("unknown option " + name);
      }
      if (i + 1 >= args.length) {
        throw problem(name + " needs a value");
      }
      values.put(name, args[++i]);
    }
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  Path path(String name, Path fallback) {
    return values.containsKey(name) ? Path.of(values.get(name)) : fallback;
  }

  URI uri(String name, URI fallback) {
    return values.containsKey(name) ? URI.create(values.get(name)) : fallback;
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  /** {@code true} only when the value is "true", whatever its case. */
  boolean bool(String name, boolean fallback) {
    return values.containsKey(name) ? Boolean.parseBoolean(values.get(name)) : fallback;
  }

  /** A comma-separated value, without blanks; empty when not given. */
  List<String> list(String name) {
    return Arrays.stream(values.getOrDefault(name, "").split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  long number(String name, long fallback) {
    try {
      return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
    } catch (NumberFormatException e) {
      throw problem(name + " takes a whole number");
    }
  }

  /** A share from 0 to 1, such as 0.1. */
  double fraction(String name, double fallback) {
    if (!values.containsKey(name)) {
      return fallback;
    }
    double share;
    try {
      share = Double.parseDouble(values.get(name));
    } catch (NumberFormatException e) {
      throw problem(name + " takes a number from 0 to 1, such as 0.1");
    }
    if (!(share >= 0 && share <= 1)) {
      throw problem(name + " takes a number from 0 to 1, such as 0.1");
    }
    return share;
  }

  int atLeast(String name, int fallback, int least) {
    if (!values.containsKey(name)) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(values.get(name));
    } catch (NumberFormatException e) {
      throw problem(name + " takes a whole number");
    }
    if (n < least) {
      throw problem(name + " must be at least " + least);
    }
    return n;
  }

  IllegalArgumentException problem(String message) {
    return new IllegalArgumentException(message + "\n" + usage);
  }
}
