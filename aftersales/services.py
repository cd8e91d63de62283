"""After-sales services: questions for the seller now; returns and the desk with their issue."""

from __future__ import annotations

from aftersales.commands import AskSeller
from aftersales.errors import EmptyQuestion, UnknownProduct
from aftersales.model import Ticket, TicketKind, TicketStatus
from aftersales.repository import TicketRepository
from catalog.repository import CatalogRepository
from ground.infra import Infra

MAX_QUESTION = 1000


async def ask_seller(infra: Infra, cmd: AskSeller) -> Ticket:
    """Store the shopper's question, with its text, as a ticket for the seller. Every question
    is its own ticket: a second question about the same product is never lost."""
    question = " ".join(cmd.question.split())[:MAX_QUESTION]
    if not question:
        raise EmptyQuestion()
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        product = await CatalogRepository(uow.session).get_product(cmd.product_id)
        if product is None or not product.is_on_sale:
            raise UnknownProduct(cmd.product_id)
        ticket = await TicketRepository(uow.session).create(
            kind=TicketKind.QUESTION,
            status=TicketStatus.OPEN.value,
            user_key=cmd.user_key,
            chat_id=cmd.chat_id,
            product_id=product.id,
            subject=question,
            language=cmd.language,
            now=now,
        )
        await uow.commit()
    return ticket
