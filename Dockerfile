# One image for both roles: `python -m bot` (the bot; webhook mode with WEBHOOK_BASE_URL) and
# `python -m bot worker` (analysis jobs from REDIS_URL).
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot bot
COPY handlers handlers
COPY storage storage
COPY analysis analysis
COPY delivery delivery
COPY digest digest
COPY intake intake
COPY processing processing
COPY render render
RUN pip install .
RUN useradd --create-home quotebot && mkdir -p /data && chown quotebot /data
USER quotebot
EXPOSE 8080
CMD ["python", "-m", "bot"]
