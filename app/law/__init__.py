"""Rules of law: pure, data-driven, each with its legal basis and the date it takes effect."""
