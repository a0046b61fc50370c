"""Everything the bot sends to Telegram goes through here: one retry policy, one sender, one rate limiter."""
