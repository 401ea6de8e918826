package io.retort.autogen.script;

import io.retort.runtime.RetortException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a file of the project (e.g. {@code target/retort/compile.lock}), held while
 * one run of Retort writes what the others read: compiled revisions. It holds across processes
 * (a lock on the file, released by the operating system when a process dies) and across threads of
 * one JVM (the file lock alone is the JVM's, so threads queue on a lock of their own first).
 */
final class ProjectLock implements AutoCloseable {
  private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock threads;
  private final FileChannel channel;
  private final FileLock lock;

  private ProjectLock(ReentrantLock threads, FileChannel channel, FileLock lock) {
    this.threads = threads;
    this.channel = channel;
    this.lock = lock;
  }

  /** Waits for the lock on {@code file} (created if missing) and returns it; close it to release. */
  static ProjectLock acquire(Path file) {
    Path key = file.toAbsolutePath().normalize();
    ReentrantLock threads = IN_THIS_JVM.computeIfAbsent(key, k -> new ReentrantLock());
    threads.lock();
    FileChannel channel = null;
    try {
      Files.createDirectories(key.getParent());
      channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      return new ProjectLock(threads, channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      try {
        if (channel != null) {
          channel.close();
        }
      } catch (IOException ignored) {
        // the failure below says what went wrong
      }
      threads.unlock();
      throw new RetortException("Cannot lock " + key + " against other runs of Retort in this project: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // closing the channel releases the lock in any case
    } finally {
      threads.unlock();
    }
  }
}
