package io.retort.autogen.testentities.types;

/** A colour, stored as {@code #rrggbb} by {@link RgbConverter}. */
public record Rgb(int red, int green, int blue) {
}
