/** The protocol version every message carries; a peer with another version is refused. */
export const PROTOCOL_VERSION = 3;
