package org.consulta.search;

/**
 * Who is searching comments: drafters find everything (an administrator only as a drafter too); a
 * participant finds the threads they started, and hidden comments only where they wrote them.
 */
record Viewer(long account, boolean privileged) {}
