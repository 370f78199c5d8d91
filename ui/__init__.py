"""The desktop program (PySide6): the only package of the product that imports Qt."""
