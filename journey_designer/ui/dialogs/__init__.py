"""Small dialogs of the editing features."""
