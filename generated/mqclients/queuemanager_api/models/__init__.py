"""Contains all the data models used in inputs/outputs.

mqclients: models are imported on first use (PEP 562), so importing a client does not import hundreds of model
modules; type checkers and IDEs still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ack_params import AckParams
    from .ack_params_ack_type import AckParamsAckType
    from .ack_request import AckRequest
    from .ack_response import AckResponse
    from .ack_result import AckResult
    from .add_all_params import AddAllParams
    from .add_all_request import AddAllRequest
    from .add_all_response import AddAllResponse
    from .add_all_result import AddAllResult
    from .add_params import AddParams
    from .add_request import AddRequest
    from .add_response import AddResponse
    from .add_result import AddResult
    from .auth_params import AuthParams
    from .auth_request import AuthRequest
    from .auth_response import AuthResponse
    from .auth_result import AuthResult
    from .destroy_queue_params import DestroyQueueParams
    from .destroy_queue_request import DestroyQueueRequest
    from .destroy_queue_request_method import DestroyQueueRequestMethod
    from .destroy_queue_response import DestroyQueueResponse
    from .destroy_queue_result import DestroyQueueResult
    from .element_info import ElementInfo
    from .error_response import ErrorResponse
    from .get_uncheck_num_params import GetUncheckNumParams
    from .get_uncheck_num_request import GetUncheckNumRequest
    from .get_uncheck_num_response import GetUncheckNumResponse
    from .get_uncheck_num_result import GetUncheckNumResult
    from .heart_beat_params import HeartBeatParams
    from .heart_beat_request import HeartBeatRequest
    from .heart_beat_response import HeartBeatResponse
    from .heart_beat_result import HeartBeatResult
    from .is_empty_params import IsEmptyParams
    from .is_empty_request import IsEmptyRequest
    from .is_empty_response import IsEmptyResponse
    from .is_empty_result import IsEmptyResult
    from .logout_params import LogoutParams
    from .logout_request import LogoutRequest
    from .logout_response import LogoutResponse
    from .logout_result import LogoutResult
    from .map_batch_put_params import MapBatchPutParams
    from .map_batch_put_params_list_type_0 import MapBatchPutParamsListType0
    from .map_batch_put_params_list_type_1_item import MapBatchPutParamsListType1Item
    from .map_batch_put_request import MapBatchPutRequest
    from .map_batch_put_response import MapBatchPutResponse
    from .map_batch_put_result import MapBatchPutResult
    from .map_destroy_params import MapDestroyParams
    from .map_destroy_request import MapDestroyRequest
    from .map_destroy_response import MapDestroyResponse
    from .map_destroy_result import MapDestroyResult
    from .map_entry import MapEntry
    from .map_get_all_params import MapGetAllParams
    from .map_get_all_request import MapGetAllRequest
    from .map_get_all_response import MapGetAllResponse
    from .map_get_all_result import MapGetAllResult
    from .map_get_all_result_map import MapGetAllResultMap
    from .map_get_list_params import MapGetListParams
    from .map_get_list_request import MapGetListRequest
    from .map_get_list_response import MapGetListResponse
    from .map_get_list_result import MapGetListResult
    from .map_get_params import MapGetParams
    from .map_get_request import MapGetRequest
    from .map_get_response import MapGetResponse
    from .map_get_result import MapGetResult
    from .map_put_params import MapPutParams
    from .map_put_request import MapPutRequest
    from .map_put_response import MapPutResponse
    from .map_put_result import MapPutResult
    from .map_remove_params import MapRemoveParams
    from .map_remove_request import MapRemoveRequest
    from .map_remove_response import MapRemoveResponse
    from .map_remove_result import MapRemoveResult
    from .new_queue_params import NewQueueParams
    from .new_queue_request import NewQueueRequest
    from .new_queue_response import NewQueueResponse
    from .new_queue_result import NewQueueResult
    from .poll_params import PollParams
    from .poll_request import PollRequest
    from .poll_response import PollResponse
    from .poll_result import PollResult
    from .pull_elements_params import PullElementsParams
    from .pull_elements_request import PullElementsRequest
    from .pull_elements_response import PullElementsResponse
    from .pull_elements_result import PullElementsResult
    from .result import Result
    from .rpc_error import RpcError
    from .size_params import SizeParams
    from .size_request import SizeRequest
    from .size_response import SizeResponse
    from .size_result import SizeResult

    pass

_MODULE_OF = {
    "AckParams": ".ack_params",
    "AckParamsAckType": ".ack_params_ack_type",
    "AckRequest": ".ack_request",
    "AckResponse": ".ack_response",
    "AckResult": ".ack_result",
    "AddAllParams": ".add_all_params",
    "AddAllRequest": ".add_all_request",
    "AddAllResponse": ".add_all_response",
    "AddAllResult": ".add_all_result",
    "AddParams": ".add_params",
    "AddRequest": ".add_request",
    "AddResponse": ".add_response",
    "AddResult": ".add_result",
    "AuthParams": ".auth_params",
    "AuthRequest": ".auth_request",
    "AuthResponse": ".auth_response",
    "AuthResult": ".auth_result",
    "DestroyQueueParams": ".destroy_queue_params",
    "DestroyQueueRequest": ".destroy_queue_request",
    "DestroyQueueRequestMethod": ".destroy_queue_request_method",
    "DestroyQueueResponse": ".destroy_queue_response",
    "DestroyQueueResult": ".destroy_queue_result",
    "ElementInfo": ".element_info",
    "ErrorResponse": ".error_response",
    "GetUncheckNumParams": ".get_uncheck_num_params",
    "GetUncheckNumRequest": ".get_uncheck_num_request",
    "GetUncheckNumResponse": ".get_uncheck_num_response",
    "GetUncheckNumResult": ".get_uncheck_num_result",
    "HeartBeatParams": ".heart_beat_params",
    "HeartBeatRequest": ".heart_beat_request",
    "HeartBeatResponse": ".heart_beat_response",
    "HeartBeatResult": ".heart_beat_result",
    "IsEmptyParams": ".is_empty_params",
    "IsEmptyRequest": ".is_empty_request",
    "IsEmptyResponse": ".is_empty_response",
    "IsEmptyResult": ".is_empty_result",
    "LogoutParams": ".logout_params",
    "LogoutRequest": ".logout_request",
    "LogoutResponse": ".logout_response",
    "LogoutResult": ".logout_result",
    "MapBatchPutParams": ".map_batch_put_params",
    "MapBatchPutParamsListType0": ".map_batch_put_params_list_type_0",
    "MapBatchPutParamsListType1Item": ".map_batch_put_params_list_type_1_item",
    "MapBatchPutRequest": ".map_batch_put_request",
    "MapBatchPutResponse": ".map_batch_put_response",
    "MapBatchPutResult": ".map_batch_put_result",
    "MapDestroyParams": ".map_destroy_params",
    "MapDestroyRequest": ".map_destroy_request",
    "MapDestroyResponse": ".map_destroy_response",
    "MapDestroyResult": ".map_destroy_result",
    "MapEntry": ".map_entry",
    "MapGetAllParams": ".map_get_all_params",
    "MapGetAllRequest": ".map_get_all_request",
    "MapGetAllResponse": ".map_get_all_response",
    "MapGetAllResult": ".map_get_all_result",
    "MapGetAllResultMap": ".map_get_all_result_map",
    "MapGetListParams": ".map_get_list_params",
    "MapGetListRequest": ".map_get_list_request",
    "MapGetListResponse": ".map_get_list_response",
    "MapGetListResult": ".map_get_list_result",
    "MapGetParams": ".map_get_params",
    "MapGetRequest": ".map_get_request",
    "MapGetResponse": ".map_get_response",
    "MapGetResult": ".map_get_result",
    "MapPutParams": ".map_put_params",
    "MapPutRequest": ".map_put_request",
    "MapPutResponse": ".map_put_response",
    "MapPutResult": ".map_put_result",
    "MapRemoveParams": ".map_remove_params",
    "MapRemoveRequest": ".map_remove_request",
    "MapRemoveResponse": ".map_remove_response",
    "MapRemoveResult": ".map_remove_result",
    "NewQueueParams": ".new_queue_params",
    "NewQueueRequest": ".new_queue_request",
    "NewQueueResponse": ".new_queue_response",
    "NewQueueResult": ".new_queue_result",
    "PollParams": ".poll_params",
    "PollRequest": ".poll_request",
    "PollResponse": ".poll_response",
    "PollResult": ".poll_result",
    "PullElementsParams": ".pull_elements_params",
    "PullElementsRequest": ".pull_elements_request",
    "PullElementsResponse": ".pull_elements_response",
    "PullElementsResult": ".pull_elements_result",
    "Result": ".result",
    "RpcError": ".rpc_error",
    "SizeParams": ".size_params",
    "SizeRequest": ".size_request",
    "SizeResponse": ".size_response",
    "SizeResult": ".size_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AckParams",
    "AckParamsAckType",
    "AckRequest",
    "AckResponse",
    "AckResult",
    "AddAllParams",
    "AddAllRequest",
    "AddAllResponse",
    "AddAllResult",
    "AddParams",
    "AddRequest",
    "AddResponse",
    "AddResult",
    "AuthParams",
    "AuthRequest",
    "AuthResponse",
    "AuthResult",
    "DestroyQueueParams",
    "DestroyQueueRequest",
    "DestroyQueueRequestMethod",
    "DestroyQueueResponse",
    "DestroyQueueResult",
    "ElementInfo",
    "ErrorResponse",
    "GetUncheckNumParams",
    "GetUncheckNumRequest",
    "GetUncheckNumResponse",
    "GetUncheckNumResult",
    "HeartBeatParams",
    "HeartBeatRequest",
    "HeartBeatResponse",
    "HeartBeatResult",
    "IsEmptyParams",
    "IsEmptyRequest",
    "IsEmptyResponse",
    "IsEmptyResult",
    "LogoutParams",
    "LogoutRequest",
    "LogoutResponse",
    "LogoutResult",
    "MapBatchPutParams",
    "MapBatchPutParamsListType0",
    "MapBatchPutParamsListType1Item",
    "MapBatchPutRequest",
    "MapBatchPutResponse",
    "MapBatchPutResult",
    "MapDestroyParams",
    "MapDestroyRequest",
    "MapDestroyResponse",
    "MapDestroyResult",
    "MapEntry",
    "MapGetAllParams",
    "MapGetAllRequest",
    "MapGetAllResponse",
    "MapGetAllResult",
    "MapGetAllResultMap",
    "MapGetListParams",
    "MapGetListRequest",
    "MapGetListResponse",
    "MapGetListResult",
    "MapGetParams",
    "MapGetRequest",
    "MapGetResponse",
    "MapGetResult",
    "MapPutParams",
    "MapPutRequest",
    "MapPutResponse",
    "MapPutResult",
    "MapRemoveParams",
    "MapRemoveRequest",
    "MapRemoveResponse",
    "MapRemoveResult",
    "NewQueueParams",
    "NewQueueRequest",
    "NewQueueResponse",
    "NewQueueResult",
    "PollParams",
    "PollRequest",
    "PollResponse",
    "PollResult",
    "PullElementsParams",
    "PullElementsRequest",
    "PullElementsResponse",
    "PullElementsResult",
    "Result",
    "RpcError",
    "SizeParams",
    "SizeRequest",
    "SizeResponse",
    "SizeResult",
)
