package io.newssearch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index directory is locked by another writer (another process, or another ArticleIndex in
 * this one). Only one writer may have an index open; searches can open it read-only with {@link
 * ArticleIndex#openReadOnly(Path)}.
 */
public class IndexLockedException extends IOException {

  private final Path directory;

  public IndexLockedException(Path directory, Throwable cause) {
    super(
        "index directory "
            + directory
            + " is locked by another writer (another process or an open ArticleIndex); close it,"
            + " wait for it to finish, or open the index read-only to search it",
        cause);
    this.directory = directory;
  }

  /** The locked directory. */
  public Path directory() {
    return directory;
  }
}
