package io.retort.runtime.migrate;

/** Which way a revision runs. */
public enum Direction {
  UPGRADE, DOWNGRADE
}
