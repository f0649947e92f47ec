package org.consulta.nodes;

/** A change as the feed holds it: its sequence number and the transaction that wrote it. */
record FeedRow(long seq, long xid, FeedChange change) {}
