"""A correspondence task for the chat tests, and a pack that holds only the tasks a test gives it."""

from app.core.content import CorrespondenceTask, CustomerTurn

TASK = CorrespondenceTask(
    "t-late", "Заказ задерживается", "ecommerce", ("Здравствуйте! Заказ должен был прийти вчера, а его всё нет.",),
    ("Здравствуйте, Марина! Приносим извинения за задержку. Заказ 48213 задержался на сортировочном центре, "
     "курьер привезёт его завтра с 10:00 до 14:00. Если будут вопросы, пишите, я на связи.",),
    customer="Марина", context=(("Номер заказа", "48213"),), required_facts=("48213",),
    turns=(CustomerTurn("thanks", ("Спасибо, буду ждать.",), final=True,
                        model_replies=("Спасибо за понимание, Марина! Хорошего дня.",)),))


def pack_with(screen, tasks, shifts=()):
    pack = screen.packs()[0] if screen.packs() else screen.ctx.packs[0]
    return type(pack)(manifest=pack.manifest, correspondence=tuple(tasks), shifts=tuple(shifts))
