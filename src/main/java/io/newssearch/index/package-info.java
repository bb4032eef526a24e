/**
 * The index layout: {@link io.newssearch.index.Schema} and the analyzer. No API promise: the
 * layout may change between versions, which then need a re-index.
 */
package io.newssearch.index;
