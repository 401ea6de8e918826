package io.retort.runtime.dialect;

/**
 * What taking the migration lock tells and asks its caller while another session holds the lock:
 * who holds it (said once, so a waiting command is not silent), and, between attempts, whether to
 * stop waiting (an interrupt). Lock attempts are short, so an interrupt is seen within a fraction of
 * a second.
 */
public interface LockWait {
  /** Waits silently and is never interrupted. */
  LockWait QUIET = new LockWait() {
    @Override
    public void waiting(String holder) {
    }

    @Override
    public void check() {
    }
  };

  /**
   * The lock was taken at the first try; called once, before waiting.
   *
   * @param holder who holds it, e.g. {@code PostgreSQL backend 4242 (application 'retort (pid 17 on build-1)', ...)}
   */
  void waiting(String holder);

  /** Called between attempts; throws (a {@link io.retort.runtime.RetortException}) to stop waiting. */
  void check();
}
