package io.retort.docs;

import io.retort.runtime.testing.TestDatabase;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an HTML comment {@code <!-- guide: KIND ARGUMENT [on DATABASE,...] -->} right above a fenced
 * block says about it. Readers of the rendered guide do not see it; the guide test obeys it.
 *
 * <ul>
 *   <li>{@code skip REASON}: the block is not run; the reason is required.</li>
 *   <li>{@code file PATH}: the block is the whole file PATH (relative to the current directory of the run).</li>
 *   <li>{@code excerpt PATH}: the block's lines appear, in one run, in the file PATH (indentation aside).</li>
 *   <li>{@code tree PATH}: the block draws the files under PATH.</li>
 *   <li>{@code imports}: the import lines every operation snippet is compiled with.</li>
 *   <li>{@code output}: the block is the output of the command block above it (the default for a
 *       {@code text} block there); with {@code on ...} it is only compared on those databases.</li>
 * </ul>
 *
 * @param kind what the directive asks
 * @param argument the path or the reason; empty when there is none
 * @param databases the databases the comparison applies to (all unless {@code on ...} narrows it)
 */
record Directive(Kind kind, String argument, Set<TestDatabase.Kind> databases) {
  /** The directives the guide test knows. */
  enum Kind {
    SKIP, FILE, EXCERPT, TREE, IMPORTS, OUTPUT
  }

  private static final Pattern COMMENT = Pattern.compile("<!--\\s*guide:\\s*(.*?)\\s*-->");
  private static final Pattern ON = Pattern.compile("^(.*?)\\s*\\bon\\s+([A-Z0-9_, ]+)$");

  Directive {
    databases = databases.isEmpty() ? EnumSet.allOf(TestDatabase.Kind.class) : EnumSet.copyOf(databases);
  }

  /** Whether a line is a guide directive comment at all. */
  static boolean isDirective(String line) {
    return line.strip().startsWith("<!--") && line.contains("guide:");
  }

  /** Parses one directive line; fails with the reason when it is malformed. */
  static Directive parse(String line) {
    Matcher comment = COMMENT.matcher(line.strip());
    if (!comment.matches()) {
      throw new IllegalArgumentException("malformed directive, expected <!-- guide: KIND ... -->: " + line);
    }
    String body = comment.group(1);
    int space = body.indexOf(' ');
    String word = space < 0 ? body : body.substring(0, space);
    String rest = space < 0 ? "" : body.substring(space + 1).strip();
    Kind kind;
    try {
      kind = Kind.valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown directive '" + word + "' in: " + line, e);
    }
    Set<TestDatabase.Kind> databases = EnumSet.noneOf(TestDatabase.Kind.class);
    if (kind != Kind.SKIP) {
      Matcher on = ON.matcher(rest);
      if (on.matches()) {
        rest = on.group(1).strip();
        for (String name : on.group(2).split(",")) {
          databases.add(TestDatabase.Kind.valueOf(name.strip()));
        }
      }
    }
    boolean needsArgument = kind == Kind.SKIP || kind == Kind.FILE || kind == Kind.EXCERPT || kind == Kind.TREE;
    if (needsArgument && rest.isEmpty()) {
      throw new IllegalArgumentException("directive '" + word + "' needs " + (kind == Kind.SKIP ? "a reason" : "a path") + ": " + line);
    }
    if (!needsArgument && !rest.isEmpty()) {
      throw new IllegalArgumentException("directive '" + word + "' takes no argument: " + line);
    }
    return new Directive(kind, rest, databases);
  }

  boolean appliesTo(TestDatabase.Kind database) {
    return databases.contains(database);
  }
}
