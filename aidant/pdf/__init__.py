"""PDF rendering with reportlab: embedded DejaVu fonts, real text, French language tag."""
