# Daihuo (带货) — the Telegram bot on the embedded defaults (SQLite + local Chroma under /data).
#   docker build -t daihuo .
#   docker run --rm -e TELEGRAM_BOT_TOKEN=123:abc -v daihuo-data:/data daihuo
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    DAIHUO_DATA_DIR=/data

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# The CPU build of torch first, pinned: an unpinned torch drags in several GB of CUDA wheels.
RUN pip install "torch==2.13.0" --index-url https://download.pytorch.org/whl/cpu

# Dependencies before the source, so code edits don't reinstall them.
COPY pyproject.toml README.md ./
RUN for p in ground catalog accounts retrieval orders alerts aftersales bot daihuo; do \
        mkdir -p $p && touch $p/__init__.py; done \
    && pip install . && pip uninstall -y daihuo

COPY ground ./ground
COPY catalog ./catalog
COPY accounts ./accounts
COPY retrieval ./retrieval
COPY orders ./orders
COPY alerts ./alerts
COPY aftersales ./aftersales
COPY bot ./bot
COPY daihuo ./daihuo
RUN pip install --no-deps . \
    && useradd --create-home --uid 1000 daihuo \
    && mkdir -p /data && chown daihuo /data

USER daihuo
VOLUME ["/data"]
# Migrates the schema, loads the sample catalog when the store is empty, indexes, runs the bot.
CMD ["daihuo", "serve"]
