package io.retort.autogen.testentities.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Period;

/** Stores a whole number of years as an integer. */
@Converter
public class YearsConverter implements AttributeConverter<Period, Integer> {
  @Override
  public Integer convertToDatabaseColumn(Period period) {
    return period == null ? null : period.getYears();
  }

  @Override
  public Period convertToEntityAttribute(Integer years) {
    return years == null ? null : Period.ofYears(years);
  }
}
