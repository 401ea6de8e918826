package io.retort.autogen.testentities.types;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Rgb} as its 7-character hex spelling; applied to every {@code Rgb} attribute. */
@Converter(autoApply = true)
public class RgbConverter implements AttributeConverter<Rgb, String> {
  @Override
  public String convertToDatabaseColumn(Rgb colour) {
    return colour == null ? null : String.format("#%02x%02x%02x", colour.red(), colour.green(), colour.blue());
  }

  @Override
  public Rgb convertToEntityAttribute(String hex) {
    if (hex == null) {
      return null;
    }
    return new Rgb(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
        Integer.parseInt(hex.substring(5, 7), 16));
  }
}
