"""The acl package without a driver: the generated dict <-> struct conversion and its errors, the layout check, the
pyACL names and conventions, NotImplementedError for what is not provided, acl.util, and the colour conversion."""

import ctypes
import unittest

import numpy as np

import acl
from acl import _convert
from acl.generated import abi
from aclvenc_video import rgb_to_nv12

JPEG_ATTR = {
    "venc_attr": {"type": abi.HI_PT_JPEG, "max_pic_width": 128, "max_pic_height": 128, "pic_width": 128,
                  "pic_height": 128, "buf_size": 2 << 20, "is_by_frame": 1,
                  "jpeg_attr": {"recv_mode": 0, "mpf_cfg": {"large_thumbnail_num": 1,
                                                            "large_thumbnail_size": [{"width": 64, "height": 48}]}}},
}


class Conversion(unittest.TestCase):
    def test_layout_matches_the_abi_table(self):
        _convert.check_layout()
        self.assertEqual(ctypes.sizeof(abi.hi_venc_chn_attr), abi.LAYOUT["hi_venc_chn_attr"][0])

    def test_nested_dicts_lists_and_unions_reach_their_offsets(self):
        s = _convert.to_struct("hi_venc_chn_attr", JPEG_ATTR)
        raw = bytes(s)
        base = abi.LAYOUT["hi_venc_chn_attr"][2]["venc_attr"] + abi.LAYOUT["hi_venc_attr"][2]["jpeg_attr"]
        mpf = base + abi.LAYOUT["hi_venc_jpeg_attr"][2]["mpf_cfg"]
        size0 = mpf + abi.LAYOUT["hi_venc_mpf_cfg"][2]["large_thumbnail_size"]
        self.assertEqual(raw[mpf], 1)
        self.assertEqual(int.from_bytes(raw[size0 : size0 + 4], "little"), 64)
        self.assertEqual(int.from_bytes(raw[size0 + 4 : size0 + 8], "little"), 48)

    def test_round_trip_keeps_every_byte(self):
        s = _convert.to_struct("hi_venc_chn_attr", JPEG_ATTR)
        d = _convert.from_struct(s, "hi_venc_chn_attr")
        self.assertIn("h264_attr", d["venc_attr"])  # every member of the union comes back
        self.assertEqual(bytes(_convert.to_struct("hi_venc_chn_attr", d)), bytes(s))

    def test_unknown_key_is_a_KeyError_naming_the_member(self):
        bad = {"venc_attr": {"jpeg_attr": {"mpf_cfg": {"large_thumbnail_num ": 0}}}}
        with self.assertRaises(KeyError) as e:
            _convert.to_struct("hi_venc_chn_attr", bad, "attr")
        self.assertIn("attr.venc_attr.jpeg_attr.mpf_cfg", str(e.exception))
        self.assertIn("'large_thumbnail_num '", str(e.exception))
        with self.assertRaises(KeyError) as e:
            _convert.to_struct("hi_venc_chn_attr", {"jpeg_attr": {}}, "attr")
        self.assertIn("hi_venc_chn_attr has no member 'jpeg_attr'", str(e.exception))

    def test_wrong_type_is_a_TypeError_naming_the_member(self):
        cases = [
            ({"venc_attr": {"pic_width": "128"}}, "attr.venc_attr.pic_width"),
            ({"venc_attr": {"pic_width": 1.5}}, "attr.venc_attr.pic_width"),
            ({"venc_attr": 3}, "attr.venc_attr"),
            ({"venc_attr": {"jpeg_attr": {"mpf_cfg": {"large_thumbnail_size": [{}, {}, {}]}}}},
             "attr.venc_attr.jpeg_attr.mpf_cfg.large_thumbnail_size"),
        ]
        for value, path in cases:
            with self.subTest(path=path), self.assertRaises(TypeError) as e:
                _convert.to_struct("hi_venc_chn_attr", value, "attr")
            self.assertIn(path, str(e.exception))

    def test_out_of_range_is_an_OverflowError_naming_the_member(self):
        with self.assertRaises(OverflowError) as e:
            _convert.to_struct("hi_venc_mpf_cfg", {"large_thumbnail_num": 256}, "cfg")
        self.assertIn("cfg.large_thumbnail_num", str(e.exception))

    def test_disagreeing_union_members_are_refused(self):
        d = _convert.from_struct(_convert.to_struct("hi_venc_chn_attr", JPEG_ATTR), "hi_venc_chn_attr")
        d["venc_attr"]["h264_attr"]["frame_buf_ratio"] = 77
        with self.assertRaises(TypeError) as e:
            _convert.to_struct("hi_venc_chn_attr", d, "attr")
        self.assertIn("share a union", str(e.exception))

    def test_pack_list_follows_pack_cnt(self):
        s = _convert.to_struct("hi_venc_stream", {"pack_cnt": 3})
        self.assertTrue(s.pack)
        d = _convert.from_struct(s, "hi_venc_stream")
        self.assertEqual(len(d["pack"]), 3)
        d["pack"][1]["len"] = 99
        again = _convert.to_struct("hi_venc_stream", d)
        self.assertEqual(_convert.from_struct(again, "hi_venc_stream")["pack"][1]["len"], 99)
        with self.assertRaises(ValueError):
            _convert.to_struct("hi_venc_stream", {"pack_cnt": 2, "pack": [{}]})


class Names(unittest.TestCase):
    def test_all_38_venc_functions_are_in_acl_media(self):
        venc = [c for c, v in abi.FUNCTIONS.items() if v[1] == "aclvenc"]
        self.assertEqual(len(venc), 38)
        provided = {c for p, c in acl.media.PROVIDED.items() if callable(getattr(acl.media, p))}
        self.assertEqual(sorted(set(venc) - provided), [])
        for name in ("venc_set_channel_desc_entype", "venc_set_frame_config_force_i_frame", "dvpp_malloc",
                     "dvpp_get_stream_desc_size", "venc_get_channel_desc_param"):
            self.assertTrue(callable(getattr(acl.media, name)), name)

    def test_runtime_names(self):
        for name in ("set_device", "create_context", "set_context", "get_context", "get_run_mode", "create_stream",
                     "subscribe_report", "unsubscribe_report", "process_report", "launch_callback", "memcpy",
                     "malloc", "free", "malloc_host", "free_host", "synchronize_stream", "destroy_stream",
                     "destroy_context", "reset_device", "get_device_count"):
            self.assertTrue(callable(getattr(acl.rt, name)), name)
        for name in ("init", "finalize", "get_soc_name"):
            self.assertTrue(callable(getattr(acl, name)), name)

    def test_himpi_signatures_follow_pyacl(self):
        self.assertIn("(status, ret)", acl.himpi.venc_query_status.__doc__)
        self.assertIn("(epoll_fd, ret)", acl.himpi.sys_create_epoll.__doc__)
        self.assertIn("(dev_ptr, ret)", acl.himpi.dvpp_malloc.__doc__)
        self.assertIn("(jpeg_param, ret)", acl.himpi.venc_get_jpeg_param.__doc__)

    def test_what_is_not_provided_raises_NotImplementedError_naming_it(self):
        with self.assertRaises(NotImplementedError) as e:
            acl.himpi.venc_set_roi_attr(0, {})
        self.assertIn("acl.himpi.venc_set_roi_attr", str(e.exception))
        self.assertIn("regions of interest", str(e.exception))
        for module, name in ((acl.media, "vdec_create_channel"), (acl.himpi, "vpc_create_chn"), (acl, "mdl")):
            with self.subTest(name=name), self.assertRaises(NotImplementedError) as e:
                getattr(module, name)
            self.assertIn(name, str(e.exception))
            self.assertFalse(hasattr(module, name))

    def test_bad_argument_names_the_parameter(self):
        with self.assertRaises(TypeError) as e:
            acl.media.venc_set_channel_desc_pic_width(0, "wide")
        self.assertIn("acl.media.venc_set_channel_desc_pic_width(picWidth)", str(e.exception))


class Util(unittest.TestCase):
    def test_pointers_round_trip(self):
        data = b"\x01\x02\x03\x04"
        self.assertEqual(acl.util.ptr_to_bytes(acl.util.bytes_to_ptr(data), 4), data)
        a = np.arange(12, dtype=np.uint16).reshape(3, 4)
        view = acl.util.ptr_to_numpy(acl.util.numpy_to_ptr(a), (3, 4), np.dtype(np.uint16).num)
        np.testing.assert_array_equal(view, a)
        with self.assertRaises(TypeError):
            acl.util.numpy_to_ptr(a[:, ::2])

    def test_start_thread_gives_the_pthread_id(self):
        seen = []
        pthread_self = ctypes.CDLL(None).pthread_self
        pthread_self.restype = ctypes.c_ulong
        tid, ret = acl.util.start_thread(lambda args: seen.append((args, pthread_self())), [7])
        self.assertEqual(ret, 0)
        self.assertEqual(acl.util.stop_thread(tid), 0)
        self.assertEqual(seen[0][0], [7])
        self.assertEqual(seen[0][1], tid)
        self.assertNotEqual(acl.util.stop_thread(tid), 0)


class Colour(unittest.TestCase):
    def test_known_colours(self):
        rgb = np.zeros((2, 2, 2, 3), np.uint8)
        rgb[0] = (255, 255, 255)
        rgb[1] = (255, 0, 0)
        for matrix, red in (("bt601", (81, 90, 240)), ("bt709", (63, 102, 240))):
            nv12 = rgb_to_nv12(rgb, matrix)
            self.assertEqual(nv12.shape, (2, 3, 2))
            self.assertEqual((nv12[0, 0, 0], nv12[0, 2, 0], nv12[0, 2, 1]), (235, 128, 128), matrix)
            self.assertEqual((nv12[1, 0, 0], nv12[1, 2, 0], nv12[1, 2, 1]), red, matrix)

    def test_odd_sizes_and_unknown_matrices_are_refused(self):
        with self.assertRaises(ValueError):
            rgb_to_nv12(np.zeros((1, 3, 4, 3), np.uint8))
        with self.assertRaises(ValueError):
            rgb_to_nv12(np.zeros((1, 2, 2, 3), np.uint8), "bt2020")


if __name__ == "__main__":
    unittest.main()
