package io.retort.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * One command line of a shell block, split the way a POSIX shell splits the commands a guide uses:
 * words, single and double quotes, a backslash escape, a {@code #} comment at the start of a word,
 * and one {@code > FILE} redirection of standard output at the end. Anything else a shell would
 * interpret (pipes, {@code &&}, {@code $VARIABLES}, subshells) is refused, so the guide never shows
 * a line that the test runs differently from a shell.
 *
 * @param words the command and its arguments, unquoted
 * @param redirect the file standard output goes to, or null
 */
record ShellLine(List<String> words, String redirect) {
  /** Stands for an unquoted {@code >} among the tokens. */
  private static final String REDIRECT = "\0>";

  ShellLine {
    words = List.copyOf(words);
  }

  /** The command of {@code line}, or null for a blank or comment-only line. */
  static ShellLine parse(String line) {
    List<String> tokens = tokens(line);
    int arrow = tokens.indexOf(REDIRECT);
    if (arrow < 0) {
      return tokens.isEmpty() ? null : new ShellLine(tokens, null);
    }
    if (arrow == 0 || arrow != tokens.size() - 2 || tokens.get(arrow + 1).equals(REDIRECT)) {
      throw new IllegalArgumentException("write 'COMMAND ... > FILE', with one redirection at the end: " + line);
    }
    return new ShellLine(tokens.subList(0, arrow), tokens.get(arrow + 1));
  }

  private static List<String> tokens(String line) {
    List<String> tokens = new ArrayList<>();
    StringBuilder word = null;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || (c == '>' && word != null && !word.isEmpty())) {
        if (word != null) {
          tokens.add(word.toString());
          word = null;
        }
        if (c == '>') {
          continue;
        }
        i++;
        continue;
      }
      if (word == null && c == '#') {
        break;
      }
      if (word == null && c == '>') {
        tokens.add(REDIRECT);
        i++;
        continue;
      }
      if ("|&;<$`()*?".indexOf(c) >= 0) {
        throw new IllegalArgumentException("the guide test runs simple commands; '" + c + "' is not supported in: " + line);
      }
      if (word == null) {
        word = new StringBuilder();
      }
      if (c == '\'') {
        int close = line.indexOf('\'', i + 1);
        if (close < 0) {
          throw new IllegalArgumentException("unclosed ' in: " + line);
        }
        word.append(line, i + 1, close);
        i = close + 1;
      } else if (c == '"') {
        i = doubleQuoted(line, i + 1, word);
      } else if (c == '\\' && i + 1 < line.length()) {
        word.append(line.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    if (word != null) {
      tokens.add(word.toString());
    }
    return tokens;
  }

  /** Appends a double-quoted string that starts at {@code from}; returns the index after its closing quote. */
  private static int doubleQuoted(String line, int from, StringBuilder word) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '$' || c == '`') {
        throw new IllegalArgumentException("the guide test does not expand '" + c + "' in: " + line);
      }
      if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
        word.append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      word.append(c);
      i++;
    }
    throw new IllegalArgumentException("unclosed \" in: " + line);
  }

  String command() {
    return words.get(0);
  }

  List<String> arguments() {
    return words.subList(1, words.size());
  }
}
