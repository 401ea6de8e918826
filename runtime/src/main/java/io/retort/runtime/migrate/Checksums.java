package io.retort.runtime.migrate;

import io.retort.runtime.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checksum of a revision: SHA-256 of the operations its {@code upgrade()} records, so an edit
 * that changes what an applied revision does is caught whatever its formatting (Flyway leaves Java
 * migrations unchecked).
 */
public final class Checksums {
  private Checksums() {
  }

  public static String of(List<Operation> operations) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Operation operation : operations) {
        digest.update(operation.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
