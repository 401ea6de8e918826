package io.retort.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code retort --version}: the version in the jar's manifest, or "development build" when run from classes. */
final class RetortVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = RetortVersion.class.getPackage().getImplementationVersion();
    return new String[] {"retort " + (version == null ? "(development build)" : version)};
  }
}
