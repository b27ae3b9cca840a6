"""The only code that touches the disk or the network: corpus reading, translation providers and cache, the version store."""
