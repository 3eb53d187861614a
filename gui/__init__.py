"""Block Studio's Qt views and the thin adapters that connect them to the core Block.

Data flows one way: a user action becomes an undo command on the Block (gui.document.commands), the
Block emits events, gui.document.document recomputes analysis and code, and the views redraw.
"""
