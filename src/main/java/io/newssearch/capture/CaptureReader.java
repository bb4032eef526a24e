package io.newssearch.capture;

import io.newssearch.ingest.ReadOutcome;

/** Placeholder until the page-capture cleaner lands: every capture is skipped. */
public final class CaptureReader {
  private CaptureReader() {}

  public static ReadOutcome read(String text, String input) {
    return new ReadOutcome.Skipped(input, "", "page captures are not supported yet");
  }
}
