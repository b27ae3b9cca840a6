"""The only code that touches the disk or the network.

Corpus reading, translation providers and their cache, and the version store live here.
"""
