package io.retort.autogen.scan;

import java.util.List;
import java.util.stream.Stream;

/**
 * The classes found in the entity packages, by the annotation that made them relevant. Names are
 * fully qualified and sorted.
 *
 * @param entities {@code @Entity} classes
 * @param embeddables {@code @Embeddable} classes
 * @param mappedSuperclasses {@code @MappedSuperclass} classes
 * @param converters {@code @Converter} classes
 */
public record MappedClasses(List<String> entities, List<String> embeddables, List<String> mappedSuperclasses,
    List<String> converters) {

  public MappedClasses {
    entities = sorted(entities);
    embeddables = sorted(embeddables);
    mappedSuperclasses = sorted(mappedSuperclasses);
    converters = sorted(converters);
  }

  /** Every class found, sorted and without repeats: what is handed to Hibernate. */
  public List<String> all() {
    return Stream.of(entities, embeddables, mappedSuperclasses, converters)
        .flatMap(List::stream).distinct().sorted().toList();
  }

  private static List<String> sorted(List<String> names) {
    return names.stream().distinct().sorted().toList();
  }
}
