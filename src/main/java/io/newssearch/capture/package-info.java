/**
 * Page captures: cleaning the plain-text dumps of news pages into articles.
 *
 * <p>{@link io.newssearch.capture.CaptureReader} is the entry point; {@link
 * io.newssearch.capture.Dates} and {@link io.newssearch.capture.Bylines} are the date and byline
 * parsers it uses, public because other readers need the same shapes. Only these three and
 * {@link io.newssearch.capture.Explanation} are API; the rest is machinery.
 */
package io.newssearch.capture;
