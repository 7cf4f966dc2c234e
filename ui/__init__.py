"""The PySide6 desktop application. Calls aidant/ services; holds no business rule."""
