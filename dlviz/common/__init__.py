"""Small pieces every layer shares: array helpers, number formatting, the registry shape.

The lowest layer: it imports nothing else of dlviz (and no Qt).
"""
