# The bot's own words outside the scenarios. Telegram HTML where a message is sent as HTML.

# Polling, when the database stayed away for a minute: the message was not kept.
error-not-saved = I couldn't save that — please send it again.
