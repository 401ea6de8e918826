package io.retort.autogen.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The static members one revision file uses ({@code column}, {@code integer}, {@code CASCADE}...),
 * so that exactly those are imported, one explicit {@code import static} each, in name order.
 */
final class StaticImports {
  private final Map<String, ClassName> owners = new TreeMap<>();
  private final Map<String, SortedSet<String>> members = new TreeMap<>();

  /**
   * A reference to {@code owner.member}; written as the bare member name once the file imports it.
   * JavaPoet shortens {@code $T.member} only when both sit in one format string, hence the concatenation.
   */
  CodeBlock member(ClassName owner, String member) {
    owners.putIfAbsent(owner.canonicalName(), owner);
    members.computeIfAbsent(owner.canonicalName(), name -> new TreeSet<>()).add(member);
    return CodeBlock.of("$T." + member, owner);
  }

  CodeBlock constant(Enum<?> constant) {
    return member(ClassName.get(constant.getDeclaringClass()), constant.name());
  }

  void addTo(JavaFile.Builder file) {
    members.forEach((owner, names) -> file.addStaticImport(owners.get(owner), names.toArray(String[]::new)));
  }
}
