/** The command line ({@link io.newssearch.cli.Main}). No API promise beyond its documented options and exit codes. */
package io.newssearch.cli;
